// MoveKind: the three ways a conversation moves on from a node.
#pragma once
#include <cstdint>

namespace lab {

// Choice: the student picks one of the offered choices. Timeout: the
// student stays silent past the node's `timeout`. Advance: a node without
// choices goes on by itself (its `next`; also what belongs to the node
// itself rather than to one of its choices or its timeout).
enum class MoveKind : uint8_t { Choice, Timeout, Advance };

}  // namespace lab
