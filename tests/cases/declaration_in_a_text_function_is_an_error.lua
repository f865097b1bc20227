-- expect: declaration_in_a_text_function_is_an_error.lua:3: error: node can only be used while loading, not in a function that runs during the conversation (at the start of the conversation)
scenario { id = "decl-in-text", start = "begin" }
node "begin" { text = function(s) node "zz" {} return "hi" end, next = "goed" }
ending "goed" { outcome = "good" }
