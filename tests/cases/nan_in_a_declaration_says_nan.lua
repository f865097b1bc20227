-- expect: nan_in_a_declaration_says_nan.lua:3: error: meter "m": "min" must be a number, not NaN (as 0/0 gives)
scenario { id = "nan-decl", start = "begin" }
meter "m" { min = 0/0, max = 10 }
node "begin" { text = "x", next = "goed" }
ending "goed" { outcome = "good" }
