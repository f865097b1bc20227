-- expect: unknown_target_is_reported.lua:5: error: choice 1 of node "a" goes to "advise", which is not a node or ending (did you mean "advies"?)
scenario { id = "unknown-target", start = "a" }
node "a" { text = "?", choices = {
  {
    text = "x", next = "advise" } } }
node "advies" { text = "!", next = "a" }
