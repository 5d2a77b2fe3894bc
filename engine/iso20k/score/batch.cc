#include "iso20k/score/batch.h"

#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

namespace iso20k {

std::vector<Assessment> assess_all(const Checklist& checklist, const std::vector<Workspace>& workspaces,
                                   const AssessOptions& options, int threads) {
  std::vector<Assessment> out(workspaces.size());
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&] {
    for (std::size_t i = next++; i < workspaces.size(); i = next++) {
      try {
        out[i] = assess(checklist, workspaces[i], options);
      } catch (...) {
        const std::lock_guard<std::mutex> lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  if (threads <= 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) pool.emplace_back(work);
    for (std::thread& t : pool) t.join();
  }
  if (failure) std::rethrow_exception(failure);
  return out;
}

}  // namespace iso20k
