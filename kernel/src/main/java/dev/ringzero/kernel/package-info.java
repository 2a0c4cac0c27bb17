/**
 * The ringzero kernel: the object manager and the object types that live in it, hosted embedded or
 * by the daemon.
 */
package dev.ringzero.kernel;
