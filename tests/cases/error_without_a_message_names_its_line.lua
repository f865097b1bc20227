-- expect: error_without_a_message_names_its_line.lua:3: error: error while loading: (error object is a nil value)
scenario { id = "error-nil", start = "begin" }
error()
