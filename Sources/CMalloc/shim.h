#ifndef SUPPORTSTREAM_CMALLOC_SHIM_H
#define SUPPORTSTREAM_CMALLOC_SHIM_H
#if defined(__linux__)
#include <malloc.h>

/// Sets glibc malloc's mmap threshold and trim threshold (bytes); returns 1 when both were accepted.
static inline int ss_malloc_keep_memory(int mmap_threshold, int trim_threshold) {
    int mmap_ok = mallopt(M_MMAP_THRESHOLD, mmap_threshold);
    int trim_ok = mallopt(M_TRIM_THRESHOLD, trim_threshold);
    return mmap_ok == 1 && trim_ok == 1;
}
#else
/// Not glibc: nothing to tune.
static inline int ss_malloc_keep_memory(int mmap_threshold, int trim_threshold) {
    (void)mmap_threshold;
    (void)trim_threshold;
    return 0;
}
#endif
#endif
