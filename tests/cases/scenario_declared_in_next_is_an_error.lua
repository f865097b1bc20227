-- expect: scenario_declared_in_next_is_an_error.lua:4: error: scenario can only be used while loading, not in a function that runs during the conversation (after the choices 1)
scenario { id = "decl-in-next", start = "begin" }
node "begin" { text = "x", choices = { { text = "a", next = "twee" } } }
node "twee" { text = "y", next = function(s) scenario {} return "goed" end }
ending "goed" { outcome = "good" }
