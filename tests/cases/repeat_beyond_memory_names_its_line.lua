-- expect: repeat_beyond_memory_names_its_line.lua:3: error: error while loading: string.rep would make 954 MB: the scenario uses too much memory (over 64 MB)
scenario { id = "rep-memory", start = "begin" }
local x = ("x"):rep(1e9)
