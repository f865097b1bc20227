// The results subcommands, one file each, and their shared helpers
// (store_commands.cpp). Exit statuses as in commands.h.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "store/attempt_record.h"
#include "store/store.h"

namespace lab {

int cmd_report(const std::vector<std::string>& attempts, const std::string& out, const std::string& data_dir, const std::string& lang,
               bool hidden_meters);
int cmd_export(const std::vector<std::string>& ids, const std::string& data_dir, const std::string& student, const std::string& scenario,
               bool all, const std::string& out);
int cmd_xapi(const std::vector<std::string>& attempts, const std::string& data_dir, const std::string& student, const std::string& out);
int cmd_class(const std::vector<std::string>& files, const std::string& out_html, const std::string& out_csv, const std::string& lang);
int cmd_attempts(const std::string& data_dir, const std::string& student, const std::string& scenario, bool json);

// Opens the store in `data_dir` ("" = default), printing any notice. With
// `create` false (the commands that only read), a missing or unusable
// database is an error and nothing is created or moved.
std::unique_ptr<Store> open_store_cli(const std::string& data_dir, bool create);
// The number of an attempt in the store: digits only, and small enough to be
// one (at most 2^63-1). False otherwise.
bool parse_attempt_id(const std::string& s, int64_t& id);
// Reads ATTEMPT arguments: a number is an attempt in the store, a folder
// means its *.json files, anything else is an export file. Prints problems;
// false when any item could not be read.
bool gather_attempts(const std::vector<std::string>& items, const std::string& data_dir, std::vector<AttemptRecord>& out);
// Writes `text` to `path`, or to stdout when `path` is "" or "-".
bool write_output(const std::string& path, const std::string& text);

}  // namespace lab
