// An optional, immutable value that copies share.
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace sd::model {

/// Like std::optional<const T>, but the value lives on the heap and copies
/// share it. For values that repeat by the hundred thousand: most column
/// defaults of a large schema are one of a few texts (`now()`, `0`), and the
/// loader hands every column the same one (InterpContext::ShareExpr). The
/// value cannot be changed in place; assign a new one.
template <class T>
class Shared {
 public:
  Shared() = default;
  Shared(std::nullopt_t) {}
  Shared(const T& value) : value_(std::make_shared<const T>(value)) {}
  Shared(T&& value) : value_(std::make_shared<const T>(std::move(value))) {}
  /// Shares `value`, which may be null (no value).
  explicit Shared(std::shared_ptr<const T> value) : value_(std::move(value)) {}
  Shared& operator=(std::nullopt_t) {
    value_.reset();
    return *this;
  }

  bool has_value() const { return value_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  const T& operator*() const { return *value_; }
  const T* operator->() const { return value_.get(); }
  const T& value() const { return *value_; }
  void reset() { value_.reset(); }
  /// Lets `change` edit a copy of the value, then holds the copy: whoever
  /// shared the old value keeps it. Requires a value.
  template <class Change>
  void Modify(Change&& change) {
    T copy = *value_;
    change(copy);
    value_ = std::make_shared<const T>(std::move(copy));
  }

  friend bool operator==(const Shared& a, const Shared& b)
    requires requires(const T& x) { x == x; }
  {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
  }
  friend bool operator==(const Shared& a, std::nullopt_t) { return !a.has_value(); }

 private:
  std::shared_ptr<const T> value_;
};

}  // namespace sd::model
