#pragma once
// How much a report shows beyond what its template lists.
namespace iso20k::reports {

struct ReportOptions {
  // The technical annex of the gap report — every requirement's result, the evidence register, how
  // each score and capability level was computed — after the client sections, whether or not the
  // template lists those appendices.
  bool detail = false;
};

}  // namespace iso20k::reports
