-- expect: huge_empty_repeat_in_a_text_is_too_much_work.lua:3: error: string.rep: too much work at once (about 1e+15 steps; the limit is 2000000); use smaller counts or texts (at the start of the conversation)
scenario { id = "rep-text", start = "begin" }
node "begin" { text = function(s) return "x" .. string.rep("", 1e15) end, next = "goed" }
ending "goed" { outcome = "good" }
