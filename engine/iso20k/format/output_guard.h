#pragma once
// Refusing an output that would change an input. A run names what it read — files (checklist,
// tailoring, results.json, logo) and folders (the workspace, template folders, the bundled data) —
// and every output path is checked against them before anything is written: an output that
// resolves to an input file (through symbolic links, "..", or as a hard link to it) or lies inside
// a folder read is refused with the reason.
#include <string>
#include <vector>

namespace iso20k {

class InputSet {
 public:
  // `what` names the input in messages: "the checklist", "the workspace folder".
  void add_file(const std::string& path, std::string what);
  void add_folder(const std::string& path, std::string what);

  // Why writing `output` would change an input ("it is the checklist x.xml, which is read as input
  // and never overwritten"; "it lies inside the workspace folder ws, ..."), or "" when it would not.
  std::string conflict(const std::string& output) const;

 private:
  struct Input {
    std::string path;      // as given
    std::string resolved;  // absolute, symbolic links resolved, "." and ".." removed
    std::string what;
    bool folder = false;
  };
  std::vector<Input> inputs_;
};

}  // namespace iso20k
