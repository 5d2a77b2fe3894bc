#pragma once
// Stage 4 of scoring: findings as an auditor writes them (docs/scoring.md, "Findings"). One
// finding per clause for its unmet obligations and one for its unmet good practice; an evidence
// defect appears once, in the finding of the clause it belongs to, citing every requirement it
// affects. Grades by the documented rules in the ISO/IEC 17021-1 sense: major, minor, and
// opportunity for improvement only for good practice. Ids come from what a finding is about, so
// the same gap keeps its id from one assessment to the next.
#include <vector>

#include "iso20k/model/assessment.h"
#include "iso20k/model/phrase_text.h"

namespace iso20k {

std::vector<Finding> grade_findings(const Checklist& checklist, const Workspace& workspace,
                                    const std::vector<ItemReview>& reviews,
                                    const std::vector<RequirementResult>& results,
                                    const std::vector<ProcessCapability>& capability);

// A finding's texts in a language: the sentences of what is not met, the lines of objective
// evidence as one sentence, each grade reason, the steps recommended. The engine fills a Finding's
// English texts with EnglishWords; a report writes them with its template's words.
struct FindingWords {
  std::string nonconformity;
  std::string objective_evidence;
  std::vector<std::string> grade_reasons;
  std::string recommendation;
};
FindingWords finding_words(const FindingPhrases& phrases, const PhraseWords& words);

// What was reviewed of one item, as a reader can check it: reference, version, dates, approver, the
// register's notes; for a metric its value, period, source and target. A line of objective evidence.
Phrase evidence_phrase(const EvidenceItem& item, const ItemReview& review, const Workspace& workspace);

// "F-8.7.2" for the obligations of clause 8.7.2, "F-8.7.2-GP" for its good practice.
std::string finding_id(const std::string& clause, Provenance basis);

}  // namespace iso20k
