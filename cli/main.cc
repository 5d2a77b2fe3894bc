// iso20k: ISO/IEC 20000 gap assessments and readiness reports.
#include <cstdlib>
#include <iostream>
#include <string>

#include "commands.h"
#include "iso20k/util/printable.h"

using namespace iso20k::cli;

namespace {

void print_usage(std::ostream& out) {
  out << "Usage: iso20k <command> [options]\n\n"
         "Assess an organisation against ISO/IEC 20000-1 and write gap and readiness reports.\n\n"
         "Commands:\n";
  for (const Command& c : kCommands) {
    out << "  " << c.name << std::string(12 - std::string(c.name).size(), ' ') << c.summary << '\n';
  }
  out << "\nRun 'iso20k <command> --help' for a command's options; 'iso20k --version' for the "
         "version.\n";
}

}  // namespace

int main(int argc, char** argv) {
  Context ctx{argv[0], iso20k::locate_data("/proc/self/exe", std::getenv("ISO20K_DATA_DIR")),
              std::cout, std::cerr};
  const Args all(argv + 1, argv + argc);
  if (all.empty()) {
    print_usage(std::cerr);
    return kUsage;
  }
  const std::string& name = all[0];
  if (name == "--help" || name == "-h" || name == "help") {
    print_usage(std::cout);
    return kOk;
  }
  if (name == "--version") {
    std::cout << "iso20k " << ISO20K_VERSION << '\n';
    return kOk;
  }
  try {
    for (const Command& c : kCommands) {
      if (name == c.name) return c.run(Args(all.begin() + 1, all.end()), ctx);
    }
    throw UsageError("unknown command '" + name + "'", "");
  } catch (const UsageError& e) {
    std::cerr << "iso20k: " << iso20k::printable(e.what()) << "\n";
    std::cerr << (e.command.empty() ? std::string("Run 'iso20k --help' for the commands.")
                                    : "Run 'iso20k " + e.command + " --help' for its usage.")
              << '\n';
    return kUsage;
  } catch (const InvalidInput& e) {
    std::cerr << "iso20k: " << iso20k::printable(e.what()) << '\n';
    return kInvalidInput;
  } catch (const CannotWrite& e) {
    std::cerr << "iso20k: " << iso20k::printable(e.what()) << '\n';
    return kCannotWrite;
  } catch (const std::exception& e) {
    std::cerr << "iso20k: internal error: " << iso20k::printable(e.what()) << '\n';
    return kFailure;
  }
}
