-- expect: huge_table_move_is_too_much_work.lua:3: error: error while loading: table.move: too much work at once
scenario { id = "move", start = "begin" }
local t = table.move({}, 1, 1e13, 2)
