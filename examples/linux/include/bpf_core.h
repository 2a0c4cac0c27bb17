// CO-RE and extern helpers for the examples, shaped like libbpf's bpf_core_read.h and bpf_helpers.h:
// clang records each __builtin_preserve_* use as a CO-RE relocation in .BTF.ext, which the loader
// resolves against the running kernel's BTF before the program is verified.
#ifndef RINGZERO_BPF_CORE_H
#define RINGZERO_BPF_CORE_H
#include <bpf_helpers.h>

#define __kconfig __attribute__((section(".kconfig")))
#define __ksym __attribute__((section(".ksyms")))
#define __weak __attribute__((weak))

#define KERNEL_VERSION(a, b, c) (((a) << 16) + ((b) << 8) + ((c) > 255 ? 255 : (c)))

/* __builtin_preserve_field_info kinds */
#define BPF_FIELD_BYTE_OFFSET 0
#define BPF_FIELD_BYTE_SIZE 1
#define BPF_FIELD_EXISTS 2
/* __builtin_preserve_type_info kinds */
#define BPF_TYPE_EXISTS 0
#define BPF_TYPE_SIZE 1
/* __builtin_preserve_enum_value kinds */
#define BPF_ENUMVAL_EXISTS 0
#define BPF_ENUMVAL_VALUE 1

#define bpf_core_field_exists(field) __builtin_preserve_field_info(field, BPF_FIELD_EXISTS)
#define bpf_core_field_size(field) __builtin_preserve_field_info(field, BPF_FIELD_BYTE_SIZE)
#define bpf_core_field_offset(field) __builtin_preserve_field_info(field, BPF_FIELD_BYTE_OFFSET)
#define bpf_core_type_exists(type) __builtin_preserve_type_info(*(typeof(type) *)0, BPF_TYPE_EXISTS)
#define bpf_core_type_size(type) __builtin_preserve_type_info(*(typeof(type) *)0, BPF_TYPE_SIZE)
#define bpf_core_enum_value_exists(enum_type, enum_value) \
    __builtin_preserve_enum_value(*(typeof(enum_type) *)enum_value, BPF_ENUMVAL_EXISTS)
#define bpf_core_enum_value(enum_type, enum_value) \
    __builtin_preserve_enum_value(*(typeof(enum_type) *)enum_value, BPF_ENUMVAL_VALUE)

/* bpf_probe_read_kernel of a field whose offset (and size) the loader relocates */
#define bpf_core_read(dst, sz, src) \
    bpf_probe_read_kernel(dst, sz, (const void *)__builtin_preserve_access_index(src))
#define BPF_CORE_READ_FIELD(dst, ptr, field) bpf_core_read(&(dst), sizeof(dst), &(ptr)->field)

#endif
