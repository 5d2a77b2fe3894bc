#include "iso20k/util/suggest.h"

#include <doctest/doctest.h>

using namespace iso20k;

TEST_CASE("edit distance counts a swap of neighbours as one typo") {
  CHECK(edit_distance("low", "low") == 0);
  CHECK(edit_distance("lwo", "low") == 1);
  CHECK(edit_distance("wieght", "weight") == 1);
  CHECK(edit_distance("guidence", "guidance") == 1);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("suggestions only for close names") {
  CHECK(did_you_mean("lwo", {"high", "medium", "low"}) == " (did you mean 'low'?)");
  CHECK(did_you_mean("critical", {"high", "medium", "low"}).empty());
  CHECK(nearest("incidnet", {"incident", "problem"}) == "incident");
}

TEST_CASE("suggest (rule names): edit distance counts insertions, deletions, substitutions and swaps") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("", "ab") == 2);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("vaild", "valid") == 1);  // a swap of neighbours is one edit
  CHECK(edit_distance("as_off", "as_of") == 1);
  CHECK(edit_distance("abc", "abc") == 0);
}

TEST_CASE("suggest (rule names): the nearest name, only when it is close enough") {
  const std::vector<std::string_view> names = {"present", "approved", "valid", "as_of", "max", "min"};
  CHECK(nearest("vaild", names) == "valid");
  CHECK(nearest("presnt", names) == "present");
  CHECK(nearest("aproved", names) == "approved");
  CHECK(nearest("mix", names) == "max");    // one edit from max and min: the first wins
  CHECK(nearest("mux", names) == "max");
  CHECK(nearest("abc", names) == "");       // 3 letters allow one edit
  CHECK(nearest("presxnx", names) == "present");  // 7 letters allow two
  CHECK(nearest("pxesxnx", names) == "");
  CHECK(nearest("apprxxxd", names) == "");           // 8 letters allow two, not three
  CHECK(nearest("approvedxyz", names) == "approved");  // 11 letters allow three
  CHECK(nearest(std::string(1000, 'x'), names) == "");
}
