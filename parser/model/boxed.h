// An optional value kept on the heap.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>

namespace sd::model {

/// Like std::optional<T>, but the value lives on the heap and an empty one
/// costs one pointer. For members that are large and usually absent (a
/// column's default, identity and generation expression are 160 bytes each
/// inline; a catalog of 10k tables holds ~230k columns). Copies are deep.
template <class T>
class Boxed {
 public:
  Boxed() = default;
  Boxed(std::nullopt_t) {}
  Boxed(const T& value) : value_(std::make_unique<T>(value)) {}
  Boxed(T&& value) : value_(std::make_unique<T>(std::move(value))) {}
  Boxed(const Boxed& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  Boxed& operator=(const Boxed& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  Boxed& operator=(std::nullopt_t) {
    value_.reset();
    return *this;
  }
  Boxed& operator=(const T& value) { return *this = Boxed(value); }
  Boxed& operator=(T&& value) { return *this = Boxed(std::move(value)); }

  bool has_value() const { return value_ != nullptr; }
  explicit operator bool() const { return has_value(); }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return value_.get(); }
  const T* operator->() const { return value_.get(); }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  template <class U>
  T value_or(U&& fallback) const {
    return value_ ? *value_ : static_cast<T>(std::forward<U>(fallback));
  }
  void reset() { value_.reset(); }
  template <class... Args>
  T& emplace(Args&&... args) {
    value_ = std::make_unique<T>(std::forward<Args>(args)...);
    return *value_;
  }

  friend bool operator==(const Boxed& a, const Boxed& b)
    requires requires(const T& x) { x == x; }
  {
    return a.has_value() == b.has_value() && (!a.has_value() || *a == *b);
  }
  friend bool operator==(const Boxed& a, std::nullopt_t) { return !a.has_value(); }
  /// Like std::optional: equal to a value when it holds an equal one.
  friend bool operator==(const Boxed& a, const T& value)
    requires requires(const T& x) { x == x; }
  {
    return a.has_value() && *a == value;
  }

 private:
  std::unique_ptr<T> value_;
};

/// The text of a COMMENT ON; absent when the object has none. Boxed because
/// almost no column or constraint has one (40 bytes inline as std::optional).
using Comment = Boxed<std::string>;

}  // namespace sd::model
