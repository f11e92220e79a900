package cn.luodian.api.demo;

/**
 * Published by {@link DemoRegionLoader} inside the transaction that loads the demo region, after
 * its layers and codes are written. Listeners ({@code @EventListener}, same thread) add their own
 * demo content, such as the demo users, atomically with it: if one fails, nothing of the demo stays.
 */
public record DemoRegionLoaded() {
}
