#!/usr/bin/env python3
"""Groups JFR execution samples (from `jfr print --events jdk.ExecutionSample`) by what the
thread was doing: the first frame, from the top of the stack, that falls into a known category."""
import collections
import re
import sys

# Checked in this order against each frame from the top of the stack down.
CATEGORIES = [
    ("describe: nearest road/waterway/landmark (NearestFeatureIndex)", "cn.luodian.geo.index.NearestFeatureIndex"),
    ("describe: point in admin area / grid cell (AreaIndex)", "cn.luodian.geo.index.AreaIndex"),
    ("describe: projection (GaussKrugerProjection, GeoTools)", "cn.luodian.geo.crs.GaussKrugerProjection"),
    ("describe: the rest of Describer (text, records)", "cn.luodian.geo.describe.Describer"),
    ("api: DescriptionJson (maps)", "cn.luodian.api.describe.DescriptionJson"),
    ("api: controller, options, datum", "cn.luodian.api."),
    ("JSON writing (Jackson)", "tools.jackson."),
    ("Spring MVC dispatch", "org.springframework."),
    ("Tomcat: HTTP parsing, sockets", "org.apache."),
]


def main(path):
    text = open(path, encoding="utf-8").read()
    counts = collections.Counter()
    tops = collections.Counter()
    total = 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w.$<>]+)\(", event, re.M)
        if not frames:
            continue
        total += 1
        tops[frames[0]] += 1
        for name, prefix in CATEGORIES:
            if any(f.startswith(prefix) for f in frames):
                counts[name] += 1
                break
        else:
            counts["other (JDK, GC helpers, JFR)"] += 1
    print(f"{total} execution samples of the server's Java threads")
    for name, count in counts.most_common():
        print(f"{100.0 * count / total:5.1f}%  {name}")
    print("hottest frames (top of stack):")
    for frame, count in tops.most_common(15):
        print(f"{100.0 * count / total:5.1f}%  {frame}")


if __name__ == "__main__":
    main(sys.argv[1])
