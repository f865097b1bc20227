-- expect: inserting_at_the_front_of_a_long_list_runs_out_of_steps.lua:5: error: error while loading: this code runs too long (over 50000000 steps)
scenario { id = "insert-front", start = "begin" }
local t = {}
for i = 1, 1e6 do t[i] = i end
for i = 1, 1e6 do table.insert(t, 1, i) table.remove(t, 1) end
