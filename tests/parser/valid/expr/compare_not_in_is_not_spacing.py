a not  in b, c is  not d
