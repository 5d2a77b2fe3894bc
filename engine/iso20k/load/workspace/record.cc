#include "iso20k/load/workspace/record.h"

namespace iso20k::ws {

std::size_t offset_in(const SourceText& source, const Field& f, std::size_t index) {
  const std::string& b = source.bytes();
  if (index > f.value.size() || f.offset > b.size() || b.size() - f.offset < index) return f.offset;
  return b.compare(f.offset, index, f.value, 0, index) == 0 ? f.offset + index : f.offset;
}

}  // namespace iso20k::ws
