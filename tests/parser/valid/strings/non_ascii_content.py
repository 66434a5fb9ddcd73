'héllo wörld ☃ 😀'
