// Interned strings for names that repeat across a large catalog.
#pragma once

#include <compare>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace sd::model {

/// An immutable, interned string, one pointer wide: equal atoms share one
/// copy of their text, which lives until the process ends. For values that
/// repeat across hundreds of thousands of columns (type names, collations):
/// a std::string member is 32 bytes, and a name longer than 15 bytes
/// ("character varying", "timestamp with time zone") allocates per copy.
/// Reads like a const std::string (it converts to one); assigning re-interns.
/// Interning is thread-safe (OLD and NEW load on two threads).
class Atom {
 public:
  /// The empty string.
  Atom();
  Atom(std::string_view text);
  Atom(const std::string& text) : Atom(std::string_view(text)) {}
  Atom(const char* text) : Atom(std::string_view(text)) {}

  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }
  operator std::string_view() const { return *text_; }

  bool empty() const { return text_->empty(); }
  size_t size() const { return text_->size(); }
  const char* c_str() const { return text_->c_str(); }
  char operator[](size_t i) const { return (*text_)[i]; }
  char front() const { return text_->front(); }
  char back() const { return text_->back(); }
  std::string::const_iterator begin() const { return text_->begin(); }
  std::string::const_iterator end() const { return text_->end(); }
  size_t find(std::string_view s, size_t pos = 0) const { return text_->find(s, pos); }
  size_t find(char c, size_t pos = 0) const { return text_->find(c, pos); }
  size_t rfind(std::string_view s, size_t pos = std::string::npos) const { return text_->rfind(s, pos); }
  std::string substr(size_t pos, size_t n = std::string::npos) const { return text_->substr(pos, n); }
  bool starts_with(std::string_view s) const { return text_->starts_with(s); }
  bool ends_with(std::string_view s) const { return text_->ends_with(s); }
  Atom& operator+=(std::string_view s) { return *this = Atom(*text_ + std::string(s)); }
  void clear() { *this = Atom(); }

  /// Interned: equal text is the same pointer.
  friend bool operator==(Atom a, Atom b) { return a.text_ == b.text_; }
  friend bool operator==(Atom a, const std::string& b) { return *a.text_ == b; }
  friend bool operator==(Atom a, const char* b) { return *a.text_ == b; }
  friend std::strong_ordering operator<=>(Atom a, Atom b) {
    return a.text_ == b.text_ ? std::strong_ordering::equal : Order(a.str(), b.str());
  }
  friend std::strong_ordering operator<=>(Atom a, const std::string& b) { return Order(a.str(), b); }
  friend std::string operator+(Atom a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const std::string& a, Atom b) { return a + b.str(); }
  friend std::string operator+(Atom a, const char* b) { return a.str() + b; }
  friend std::string operator+(const char* a, Atom b) { return a + b.str(); }
  friend std::string operator+(Atom a, char b) { return a.str() + b; }
  friend std::string operator+(char a, Atom b) { return a + b.str(); }

 private:
  static std::strong_ordering Order(const std::string& a, const std::string& b) {
    int c = a.compare(b);
    return c < 0 ? std::strong_ordering::less : c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
  }
  const std::string* text_;
};

}  // namespace sd::model

template <>
struct std::hash<sd::model::Atom> {
  size_t operator()(sd::model::Atom a) const { return std::hash<std::string>()(a.str()); }
};
