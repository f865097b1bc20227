-- expect: duplicate_ids_are_reported.lua:4: error: node "a" already exists
scenario { id = "dup", start = "a" }
node "a" { text = "?", next = "e" }
node "a" { text = "!", next = "e" }
ending "e" { outcome = "good" }
