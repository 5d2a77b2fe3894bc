// The profile built from its records (here INI): the organisation, its scope, services, other
// parties and target levels, with the checks that need no checklist.
#include <doctest/doctest.h>

#include "iso20k/load/workspace/builders.h"
#include "iso20k/load/workspace/workspace_file.h"

using namespace iso20k;
using namespace iso20k::ws;

namespace {

std::string all(const Diagnostics& d) {
  std::string out;
  for (const Diagnostic& x : d) out += format(x) + "\n";
  return out;
}

Profile profile(const std::string& ini, Diagnostics& d) {
  Workspace w;
  read_workspace_file(FileKind::profile, Format::ini, SourceText("profile.ini", ini), w, d);
  return w.profile;
}

const char* const kProfile =
    "[profile]\n"
    "organisation = Acme Hosting\n"
    "checklist = iso20000-1:2018\n"
    "tailoring = tailoring.xml\n"
    "assessment-date = 2026-03-10\n"
    "assessors = Jane Doe; Ravi Patel\n"
    "scope = Managed hosting\n"
    "units = Desk; ; Ops\n"
    "persons = 45\n"
    "\n"
    "[service hosting]\nname = Managed hosting\n\n"
    "[service desk]\nname = Service desk\n\n"
    "[party DataCo]\nkind = external-supplier\nservices = hosting, desk\nprocesses = change\n"
    "components = Racks; Power\n\n"
    "[targets]\nincident = 3\nchange = 0\n";

}  // namespace

TEST_CASE("profile: every field, lists split on semicolons, services, parties and targets") {
  Diagnostics d;
  const Profile p = profile(kProfile, d);
  CHECK(all(d).empty());
  CHECK(p.organisation == "Acme Hosting");
  CHECK(p.checklist == "iso20000-1:2018");
  CHECK(p.tailoring == "tailoring.xml");
  CHECK(p.assessment_date == parse_date("2026-03-10"));
  CHECK(p.assessors == std::vector<std::string>{"Jane Doe", "Ravi Patel"});
  CHECK(p.units == std::vector<std::string>{"Desk", "Ops"});  // an empty item in a flat list is skipped
  CHECK(p.sites.empty());
  CHECK(p.persons == 45);
  REQUIRE(p.services.size() == 2);
  CHECK(p.services[0].id == "hosting");
  CHECK(p.services[1].name == "Service desk");
  REQUIRE(p.parties.size() == 1);
  const OtherParty& o = p.parties[0];
  CHECK(o.name == "DataCo");
  CHECK(o.kind == PartyKind::external_supplier);
  CHECK(o.operates == std::vector<std::string>{"hosting", "desk", "change", "Racks", "Power"});
  CHECK(p.target_levels == std::map<std::string, int>{{"change", 0}, {"incident", 3}});
  CHECK(p.locations.of("targets[incident]", {}).line == 24);
}

TEST_CASE("profile: a service id of two words, a party operating a service not in scope, bad numbers") {
  Diagnostics d;
  profile("[profile]\norganisation = A\nchecklist = c\nassessment-date = 2026-03-10\nassessors = X\nscope = S\n"
          "persons = 0\n\n"
          "[service desk]\nname = Desk\n\n"
          "[service web shop]\nname = Shop\n\n"
          "[party P]\nkind = supplier\nservices = dsek\n\n"
          "[targets]\nincident = 6\n",
          d);
  CHECK(all(d) ==
        "profile.ini:7:11: error: 'persons' must be a whole number from 1 to 10000000, not '0'\n"
        "profile.ini:12:10: error: service id 'web shop' must be one word: letters, digits, '-', '_' and '.'\n"
        "profile.ini:16:8: error: 'kind' is 'supplier'; expected one of: external-supplier internal-supplier "
        "customer-as-supplier\n"
        "profile.ini:20:12: error: 'level' must be a whole number from 0 to 5, not '6'\n"
        "profile.ini:17:12: error: party P operates service 'dsek', which is not one of the services in scope (did you "
        "mean 'desk'?)\n");
}

TEST_CASE("profile: a service, a party or a target level given twice (XML, where a list may repeat)") {
  Workspace w;
  Diagnostics d;
  read_workspace_file(FileKind::profile, Format::xml, SourceText("profile.xml",
                      "<profile xmlns=\"urn:iso20k:workspace:1\" checklist=\"c\" assessment-date=\"2026-03-10\" persons=\"5\">\n"
                      "  <organisation>A</organisation>\n"
                      "  <assessor>X</assessor>\n"
                      "  <scope>S</scope>\n"
                      "  <services>\n"
                      "    <service id=\"desk\" name=\"Desk\"/>\n"
                      "    <service id=\"desk\" name=\"Desk again\"/>\n"
                      "  </services>\n"
                      "  <parties>\n"
                      "    <party name=\"P\" kind=\"internal-supplier\"/>\n"
                      "    <party name=\"P\" kind=\"internal-supplier\"/>\n"
                      "  </parties>\n"
                      "  <targets>\n"
                      "    <target process=\"incident\" level=\"2\"/>\n"
                      "    <target process=\"incident\" level=\"3\"/>\n"
                      "  </targets>\n"
                      "</profile>\n"), w, d);
  CHECK(all(d) ==
        "profile.xml:7:18: error: service desk appears twice (first at line 6)\n"
        "profile.xml:11:18: error: party P appears twice (first at line 10)\n"
        "profile.xml:15:22: error: the target level of incident is given twice (first at line 14)\n");
  CHECK(w.profile.services.size() == 1);
  CHECK(w.profile.services[0].name == "Desk");
  CHECK(w.profile.parties.size() == 1);
  CHECK(w.profile.target_levels.at("incident") == 2);  // the first one counts
}
