-- A folder scenario: the entry file pulls in the rest with include.
scenario { id = "include-folder", start = "begin", vars = { kind = "Sem" } }
include "personen.lua"
include "gesprek.lua"
plan "door" { choices = "1", ending = "einde", outcome = "good" }
