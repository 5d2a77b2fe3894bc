#include "iso20k/format/output_guard.h"

#include <filesystem>

namespace iso20k {
namespace {

namespace fs = std::filesystem;

// Absolute, with every symbolic link of the part that exists resolved and "." and ".." removed.
fs::path resolve(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
  if (ec) p = fs::absolute(path, ec).lexically_normal();
  return p;
}

// `inner` is `outer` or lies below it (both resolved).
bool is_inside(const fs::path& outer, const fs::path& inner) {
  auto o = outer.begin();
  auto i = inner.begin();
  for (; o != outer.end(); ++o, ++i) {
    if (o->empty()) continue;  // a trailing separator
    if (i == inner.end() || *o != *i) return false;
  }
  return true;
}

}  // namespace

void InputSet::add_file(const std::string& path, std::string what) {
  if (path.empty()) return;
  inputs_.push_back({path, resolve(path).string(), std::move(what), false});
}

void InputSet::add_folder(const std::string& path, std::string what) {
  if (path.empty()) return;
  inputs_.push_back({path, resolve(path).string(), std::move(what), true});
}

std::string InputSet::conflict(const std::string& output) const {
  const fs::path out = resolve(output);
  for (const Input& in : inputs_) {
    std::error_code ec;
    if (!in.folder && (out == fs::path(in.resolved) || fs::equivalent(output, in.path, ec))) {
      return "it is " + in.what + " " + in.path + ", which is read as input and never overwritten";
    }
    if (in.folder && is_inside(fs::path(in.resolved), out)) {
      return "it lies inside " + in.what + " " + in.path + ", which is read as input: write it elsewhere";
    }
  }
  return {};
}

}  // namespace iso20k
