-- expect: find_in_a_long_text_in_a_loop_runs_out_of_steps.lua:4: error: error while loading: this code runs too long (over 50000000 steps)
scenario { id = "find-loop", start = "begin" }
local text = string.rep("a", 1e6)
for i = 1, 200000 do local at = text:find("b") end
