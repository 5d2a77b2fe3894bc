#include "util/suggest.h"

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
