-- expect: nan_meter_in_an_effect_is_an_error.lua:4: error: meter "m" gets NaN (not a number, as 0/0 gives); check what is assigned here (at the start of the conversation)
scenario { id = "nan-effect", start = "begin" }
meter "m" { min = 0, max = 10 }
node "begin" { text = "x", effect = function(s) s.m = 0/0 end, next = "goed" }
ending "goed" { outcome = "good" }
