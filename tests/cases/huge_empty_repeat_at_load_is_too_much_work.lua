-- expect: huge_empty_repeat_at_load_is_too_much_work.lua:3: error: error while loading: string.rep: too much work at once
scenario { id = "rep-load", start = "begin" }
local nothing = string.rep("", 1e15)
