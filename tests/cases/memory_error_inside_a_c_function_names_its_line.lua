-- expect: memory_error_inside_a_c_function_names_its_line.lua:6: error: error while loading: the scenario uses too much memory (over 64 MB)
scenario { id = "concat-memory", start = "begin" }
local block = "x"
for i = 1, 22 do block = block .. block end  -- 4 MB
local parts = { block, block, block, block, block, block, block, block, block, block, block, block, block, block, block, block, block, block, block, block }
local whole = table.concat(parts)  -- 80 MB: refused inside the C function
