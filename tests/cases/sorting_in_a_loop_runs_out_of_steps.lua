-- expect: sorting_in_a_loop_runs_out_of_steps.lua:5: error: error while loading: this code runs too long (over 50000000 steps)
scenario { id = "sort-loop", start = "begin" }
local t = {}
for i = 1, 3e5 do t[i] = (i * 7919) % 300007 end
for k = 1, 1000 do table.sort(t) end
