#include "iso20k/export/workspace_skeleton.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "iso20k/format/atomic_write.h"
#include "support/small_checklist.h"
#include "support/test_support.h"

namespace iso20k {
namespace {

namespace fs = std::filesystem;
using test::read_file;
using test::small_checklist;
using test::TempDir;
using test::write_file;

const std::string kBom = "\xEF\xBB\xBF";

std::vector<std::string> names(const WorkspaceSkeleton& s) {
  std::vector<std::string> v;
  for (const WorkspaceFile& f : s.files) v.push_back(f.name);
  return v;
}

const std::string& bytes_of(const WorkspaceSkeleton& s, const std::string& name) {
  const auto it = std::find_if(s.files.begin(), s.files.end(), [&](const WorkspaceFile& f) { return f.name == name; });
  REQUIRE(it != s.files.end());
  return it->bytes;
}

std::vector<std::string> folder(const fs::path& dir) {
  std::vector<std::string> v;
  for (const auto& e : fs::directory_iterator(dir)) v.push_back(e.path().filename().string());
  std::sort(v.begin(), v.end());
  return v;
}

TEST_CASE("workspace_skeleton: the request lists ask for every cited item, with who cites it") {
  WorkspaceSkeletonOptions o;
  o.checklist_ref = "test-small:2024";
  const WorkspaceSkeleton s = workspace_skeleton(small_checklist(), o);
  CHECK(names(s) == std::vector<std::string>{"profile.xml", "requests.csv", "metric-requests.csv"});
  CHECK(s.evidence_requests == 3);
  CHECK(s.metric_requests == 1);
  CHECK(bytes_of(s, "requests.csv") ==
        kBom +
            "evidence id,title,kind,mandatory,approval,max age,requirements,clauses,what good looks like,"
            "status,reference,version,issued,reviewed,expires,owner,approved by,notes\r\n"
            "DOC-POLICY,Policy,document,yes,required,12m,R-4.1-01,4.1,The approved policy.,,,,,,,,,\r\n"
            "REC-INCIDENTS,Incident records,record,no,,3m,R-8.1-01,8.1,Recent incident tickets.,,,,,,,,,\r\n"
            "REC-CHANGES,Change records,record,no,,,R-8.2-01,8.2,Approved changes.,,,,,,,,,\r\n");
  CHECK(bytes_of(s, "metric-requests.csv") ==
        kBom +
            "metric id,title,unit,better,default target,requirements,clauses,what good looks like,value,"
            "target,period,source\r\n"
            "MET-INC-RESOLVED,Incidents resolved in target,%,higher,90,R-8.1-01 R-8.1-02,8.1,"
            "Share of incidents resolved within the agreed time.,,,,\r\n");
}

TEST_CASE("workspace_skeleton: an item no requirement cites is asked for only when stage 1 needs it") {
  Checklist c = small_checklist();
  // Without R-8.2-01 nothing cites REC-CHANGES; without R-4.1-01 nothing cites DOC-POLICY, which
  // the stage 1 verdict needs.
  std::erase_if(c.requirements, [](const Requirement& r) { return r.id == "R-8.2-01" || r.id == "R-4.1-01"; });
  const WorkspaceSkeleton s = workspace_skeleton(c, {});
  CHECK(s.evidence_requests == 2);
  const std::string& csv = bytes_of(s, "requests.csv");
  CHECK(csv.find("\r\nDOC-POLICY,Policy,document,yes,required,12m,,,The approved policy.,") != std::string::npos);
  CHECK(csv.find("REC-CHANGES") == std::string::npos);
  // No metric asked for: no metric-requests.csv at all.
  std::erase_if(c.requirements, [](const Requirement& r) { return r.id.starts_with("R-8.1"); });
  const WorkspaceSkeleton none = workspace_skeleton(c, {});
  CHECK(none.metric_requests == 0);
  CHECK(names(none) == std::vector<std::string>{"profile.xml", "requests.csv"});
}

TEST_CASE("workspace_skeleton: the XML profile names the checklist and the tailoring, escaped") {
  Checklist c = small_checklist();
  c.processes[1].name = "Change -- and release";  // "--" may not appear in an XML comment
  WorkspaceSkeletonOptions o;
  o.checklist_ref = "../lists/a&b \"x\".xml";
  o.tailoring = std::string("<tailoring/>\n");
  const WorkspaceSkeleton s = workspace_skeleton(c, o);
  CHECK(names(s) == std::vector<std::string>{"profile.xml", "requests.csv", "metric-requests.csv", "tailoring.xml"});
  CHECK(bytes_of(s, "tailoring.xml") == "<tailoring/>\n");
  const std::string& xml = bytes_of(s, "profile.xml");
  CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<!-- Organisation profile for an assessment against test-small:2024 (Small test checklist).\n"));
  CHECK(xml.find("<profile xmlns=\"urn:iso20k:workspace:1\" checklist=\"../lists/a&amp;b &quot;x&quot;.xml\" "
                 "tailoring=\"tailoring.xml\"\n         assessment-date=\"\" persons=\"\">\n") != std::string::npos);
  CHECK(xml.find("           incident                Incident management\n"
                 "           change                  Change - and release\n    -->\n  </targets>\n</profile>\n") !=
        std::string::npos);
  CHECK(xml.ends_with("</profile>\n"));
}

TEST_CASE("workspace_skeleton: the INI profile") {
  WorkspaceSkeletonOptions o;
  o.profile_format = ProfileFormat::ini;
  o.checklist_ref = "./small.xml";
  const WorkspaceSkeleton without = workspace_skeleton(small_checklist(), o);
  CHECK(names(without).front() == "profile.ini");
  const std::string& ini = bytes_of(without, "profile.ini");
  CHECK(ini.starts_with("; Organisation profile for an assessment against test-small:2024 (Small test checklist).\n"));
  CHECK(ini.find("\n[profile]\n; The organisation assessed, as its legal name reads.\norganisation =\n"
                 "checklist = ./small.xml\n; The date the assessment speaks for") != std::string::npos);
  CHECK(ini.ends_with("; The processes:\n;   incident                Incident management\n"
                      ";   change                  Change management\n"));
  o.tailoring = std::string("x");
  const WorkspaceSkeleton with = workspace_skeleton(small_checklist(), o);  // kept: bytes_of returns a reference into it
  const std::string& tailored = bytes_of(with, "profile.ini");
  CHECK(tailored.find("checklist = ./small.xml\ntailoring = tailoring.xml\n") != std::string::npos);
}

TEST_CASE("is_workspace_file: workspace files in any format, and the request lists") {
  for (const char* yes : {"profile.xml", "profile.ini", "evidence.csv", "metrics.json", "judgements.xml",
                          "actions.ini", "requests.csv", "metric-requests.csv", "tailoring.xml"}) {
    CHECK_MESSAGE(is_workspace_file(yes), yes);
  }
  for (const char* no : {"notes.txt", "evidence.yaml", "evidence", "profile.xml.bak", ".profile.xml", "tailoring.ini",
                         "requests.xml"}) {
    CHECK_MESSAGE(!is_workspace_file(no), no);
  }
}

TEST_CASE("inspect_skeleton_target: what is in the way") {
  const TempDir t;
  SkeletonTarget none = inspect_skeleton_target((t / "new").string(), ProfileFormat::xml);
  CHECK_FALSE(none.not_a_folder);
  CHECK(none.workspace_files.empty());

  write_file(t / "file", "x");
  CHECK(inspect_skeleton_target((t / "file").string(), ProfileFormat::xml).not_a_folder);

  fs::create_directory(t / "ws");
  for (const char* name : {"profile.xml", "notes.txt", "evidence.csv", "actions.json"}) write_file(t / "ws" / name, "");
  const SkeletonTarget xml = inspect_skeleton_target((t / "ws").string(), ProfileFormat::xml);
  CHECK(xml.workspace_files == std::vector<std::string>{"actions.json", "evidence.csv", "profile.xml"});
  CHECK(xml.other_profile.empty());
  CHECK(inspect_skeleton_target((t / "ws").string(), ProfileFormat::ini).other_profile == "profile.xml");
}

TEST_CASE("relative_reference: a file as the workspace names it") {
  const TempDir t;
  CHECK(relative_reference((t / "lists" / "x.xml").string(), (t / "ws").string()) == "../lists/x.xml");
  CHECK(relative_reference((t / "ws" / "x.xml").string(), (t / "ws").string()) == "./x.xml");
  CHECK(relative_reference((t / "ws" / "in" / "x.xml").string(), (t / "ws").string()) == "in/x.xml");
}

TEST_CASE("write_workspace_skeleton: a new folder with exactly the skeleton's files") {
  const TempDir t;
  const WorkspaceSkeleton s = workspace_skeleton(small_checklist(), {});
  const fs::path ws = t / "deep" / "ws";
  write_workspace_skeleton(ws.string(), s);
  CHECK(folder(ws) == std::vector<std::string>{"metric-requests.csv", "profile.xml", "requests.csv"});
  for (const WorkspaceFile& f : s.files) CHECK(read_file(ws / f.name) == f.bytes);
  CHECK(folder(t / "deep") == std::vector<std::string>{"ws"});  // no temporary folder left beside it
}

TEST_CASE("write_workspace_skeleton: into an existing folder, replacing its files and keeping others") {
  const TempDir t;
  fs::create_directory(t / "ws");
  write_file(t / "ws" / "requests.csv", "old");
  write_file(t / "ws" / "evidence.csv", "kept");
  const WorkspaceSkeleton s = workspace_skeleton(small_checklist(), {});
  write_workspace_skeleton((t / "ws").string(), s);
  CHECK(folder(t / "ws") ==
        std::vector<std::string>{"evidence.csv", "metric-requests.csv", "profile.xml", "requests.csv"});
  CHECK(read_file(t / "ws" / "requests.csv") == bytes_of(s, "requests.csv"));
  CHECK(read_file(t / "ws" / "evidence.csv") == "kept");
}

TEST_CASE("write_workspace_skeleton: a failure leaves nothing and says why") {
  const TempDir t;
  write_file(t / "file", "x");
  const WorkspaceSkeleton s = workspace_skeleton(small_checklist(), {});
  const std::string under_file = (t / "file" / "ws").string();
  CHECK_THROWS_WITH_AS(write_workspace_skeleton(under_file, s),
                       ("cannot create the folder " + (t / "file").string() + ": Not a directory").c_str(), WriteError);
  CHECK(folder(t.path()) == std::vector<std::string>{"file"});
  // In an existing workspace a file the skeleton writes is a folder: renaming onto it fails, and
  // the temporary files not yet renamed are removed.
  fs::create_directories(t / "ws" / "metric-requests.csv");
  CHECK_THROWS_AS(write_workspace_skeleton((t / "ws").string(), s), WriteError);
  CHECK(fs::is_directory(t / "ws" / "metric-requests.csv"));
  for (const std::string& name : folder(t / "ws")) CHECK_MESSAGE(!name.starts_with("."), name);
}

}  // namespace
}  // namespace iso20k
