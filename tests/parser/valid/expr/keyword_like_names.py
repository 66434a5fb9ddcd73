print, exec, match, case, _, type
