// SmallVec: a vector of trivially copyable values that lives inline up to N
// elements, so that per-step snapshots (offered choices, meter values) do not
// allocate. Reads like a std::vector; converts to one.
#pragma once
#include <algorithm>
#include <cstddef>
#include <memory>
#include <type_traits>
#include <vector>

namespace lab {

template <class T, size_t N>
class SmallVec {
    static_assert(std::is_trivially_copyable<T>::value, "SmallVec holds plain values");

public:
    SmallVec() = default;
    SmallVec(const std::vector<T>& v) { assign(v.data(), v.size()); }  // NOLINT: implicit by design
    SmallVec(const SmallVec& o) { assign(o.data(), o.m_size); }
    SmallVec(SmallVec&& o) noexcept { take(std::move(o)); }
    SmallVec& operator=(const SmallVec& o) { if (this != &o) assign(o.data(), o.m_size); return *this; }
    SmallVec& operator=(SmallVec&& o) noexcept { if (this != &o) take(std::move(o)); return *this; }
    SmallVec& operator=(const std::vector<T>& v) { assign(v.data(), v.size()); return *this; }
    operator std::vector<T>() const { return {begin(), end()}; }  // NOLINT

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const T* data() const { return m_heap ? m_heap.get() : m_inline; }
    T* data() { return m_heap ? m_heap.get() : m_inline; }
    const T* begin() const { return data(); }
    const T* end() const { return data() + m_size; }
    T* begin() { return data(); }
    T* end() { return data() + m_size; }
    const T& operator[](size_t i) const { return data()[i]; }
    T& operator[](size_t i) { return data()[i]; }
    const T& back() const { return data()[m_size - 1]; }
    void clear() { m_size = 0; }
    void assign(size_t n, const T& v) {
        if (n > capacity()) grow(n);
        std::fill(data(), data() + n, v);
        m_size = n;
    }
    void push_back(const T& v) {
        if (m_size == capacity()) grow(std::max<size_t>(N * 2, m_size * 2));
        data()[m_size++] = v;
    }
    bool operator==(const SmallVec& o) const { return m_size == o.m_size && std::equal(begin(), end(), o.begin()); }
    bool operator!=(const SmallVec& o) const { return !(*this == o); }
    bool operator==(const std::vector<T>& v) const { return v.size() == m_size && std::equal(begin(), end(), v.begin()); }

private:
    size_t capacity() const { return m_heap ? m_cap : N; }
    void grow(size_t cap) {
        std::unique_ptr<T[]> h(new T[cap]);
        std::copy(begin(), end(), h.get());
        m_heap = std::move(h);
        m_cap = cap;
    }
    void assign(const T* p, size_t n) {
        if (n > capacity()) grow(n);
        std::copy(p, p + n, data());
        m_size = n;
    }
    void take(SmallVec&& o) {
        m_size = o.m_size;
        m_cap = o.m_cap;
        m_heap = std::move(o.m_heap);
        std::copy(o.m_inline, o.m_inline + N, m_inline);
        o.m_size = 0;
        o.m_cap = 0;
    }
    size_t m_size = 0, m_cap = 0;
    T m_inline[N] = {};
    std::unique_ptr<T[]> m_heap;
};

}  // namespace lab
