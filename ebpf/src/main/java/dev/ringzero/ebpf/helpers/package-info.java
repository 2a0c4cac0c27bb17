/**
 * The helper functions programs call, implemented once and numbered per platform.
 */
package dev.ringzero.ebpf.helpers;
