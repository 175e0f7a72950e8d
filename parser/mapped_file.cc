#include "parser/mapped_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace sd::parser {

std::unique_ptr<MappedFile> MappedFile::Open(const std::string& path, std::string* error) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *error = path + ": cannot open: " + std::strerror(errno);
    return nullptr;
  }
  struct stat st {};
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    *error = path + ": cannot read: not a regular file";
    close(fd);
    return nullptr;
  }
  size_t size = static_cast<size_t>(st.st_size);
  char* data = nullptr;
  if (size > 0) {
    void* mapped = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
    if (mapped == MAP_FAILED) {
      *error = path + ": cannot map: " + std::strerror(errno);
      close(fd);
      return nullptr;
    }
    data = static_cast<char*>(mapped);
  }
  close(fd);  // the mapping keeps the file
  return std::unique_ptr<MappedFile>(new MappedFile(data, size));
}

MappedFile::~MappedFile() {
  if (data_) munmap(data_, size_);
}

void MappedFile::Release(size_t begin, size_t end) {
  static const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  size_t first = begin / page * page;
  size_t last = end >= size_ ? size_ : end / page * page;
  if (!data_ || last <= first) return;
  madvise(data_ + first, last - first, MADV_DONTNEED);
}

}  // namespace sd::parser
