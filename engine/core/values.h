// Values: a small vector of doubles that lives inline up to kInline values,
// so that snapshotting a few meters per step does not allocate.
#pragma once
#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

namespace lab {

class Values {
public:
    static constexpr size_t kInline = 6;
    Values() = default;
    Values(const std::vector<double>& v) { assign(v.data(), v.size()); }  // NOLINT: implicit by design
    Values(const Values& o) { assign(o.data(), o.m_size); }
    Values& operator=(const Values& o) { if (this != &o) assign(o.data(), o.m_size); return *this; }
    Values& operator=(const std::vector<double>& v) { assign(v.data(), v.size()); return *this; }
    Values(Values&& o) noexcept { *this = std::move(o); }
    Values& operator=(Values&& o) noexcept {
        m_size = o.m_size;
        m_heap = std::move(o.m_heap);
        std::copy(o.m_inline, o.m_inline + kInline, m_inline);
        o.m_size = 0;
        return *this;
    }

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    const double* data() const { return m_heap ? m_heap.get() : m_inline; }
    const double* begin() const { return data(); }
    const double* end() const { return data() + m_size; }
    double operator[](size_t i) const { return data()[i]; }
    std::vector<double> to_vector() const { return {begin(), end()}; }
    bool operator==(const std::vector<double>& v) const { return v.size() == m_size && std::equal(begin(), end(), v.begin()); }

private:
    void assign(const double* p, size_t n) {
        if (n > kInline) {
            std::unique_ptr<double[]> h(new double[n]);
            std::copy(p, p + n, h.get());
            m_heap = std::move(h);
        } else {
            std::copy(p, p + n, m_inline);
            m_heap.reset();
        }
        m_size = n;
    }
    size_t m_size = 0;
    double m_inline[kInline] = {};
    std::unique_ptr<double[]> m_heap;
};

}  // namespace lab
