/* shared includes for non-CO-RE tracing programs */
#include <linux/types.h>
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>
