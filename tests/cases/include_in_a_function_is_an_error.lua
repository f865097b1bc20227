-- expect: include_in_a_function_is_an_error.lua:3: error: include can only be used while loading, not in a function that runs during the conversation (at the start of the conversation)
scenario { id = "include-in-function", start = "begin" }
node "begin" { text = "x", effect = function(s) include "deel2.lua" end, next = "goed" }
ending "goed" { outcome = "good" }
