// bpf_get_socket_cookie from a tracepoint
#include "common.h"
SEC("tracepoint/sock/inet_sock_set_state") int prog(void *ctx)
{
	return bpf_get_socket_cookie(ctx) != 0;
}
LICENSE
