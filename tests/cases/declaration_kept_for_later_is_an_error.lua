-- expect: declaration_kept_for_later_is_an_error.lua:5: error: node can only be used while loading, not in a function that runs during the conversation (at the start of the conversation)
scenario { id = "decl-kept", start = "begin" }
local later = node "zz"
later { text = "x", next = "goed" }
node "begin" { text = "x", effect = function(s) later { text = "y" } end, next = "goed" }
ending "goed" { outcome = "good" }
