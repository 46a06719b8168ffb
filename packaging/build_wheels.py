"""Build the lean OpenCV and NumPy that the installers ship (`make dist`), once per release and
options.

    python packaging/build_wheels.py [--out build/wheels] [--only numpy]

Each is the release the development environment tests with, built from PyPI's own source
distribution with its own build backend, less what a workstation never runs. The development
environment keeps PyPI's wheels; `make dist-test` runs the demo in the built bundle and compares
its every check with the checkout's.

OpenCV (PyPI's wheel: 155 MB installed). It carries FFmpeg with its video codecs (libavcodec,
libaom, libvpx, ...: 41 MB), OpenBLAS for LAPACK (42 MB with its Fortran runtime), OpenCL, and the
modules for deep learning, stitching, photo, gapi and more. Built here with only the modules
`verifier/` calls (OPENCV_MODULES) and the codecs it writes (JPEG and PNG; captures are read by
Pillow):
- FFmpeg goes: a camera is still a camera (V4L2 on Linux, DirectShow/MSMF on Windows); a video
  file standing in for one must be Motion-JPEG in AVI, which OpenCV reads itself.
- dnn goes (its deep-learning engine: ~10 MB of code): the face detector, YuNet, runs in
  onnxruntime like every other model (verifier/face/matcher.py, tests/test_face.py).
- LAPACK goes: OpenCV falls back on its own decompositions (the homography and ECC solvers).
- IPP goes: its package is fetched from GitHub by OpenCV's CMake, which a build machine of this
  project cannot reach; the plain C++ and SIMD code paths run instead (measured:
  docs/benchmarks.md).

NumPy (PyPI's wheel carries OpenBLAS: 28 MB). Verifier's linear algebra is vector norms, 3x3
inverses and one 512-long dot product per face; NumPy's own fallback routines (lapack_lite) do
them, so it is built without BLAS and LAPACK.

Prints each wheel's path. A wheel is reused while its release and options are unchanged; a
change of either builds it again from scratch.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tarfile
import time
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# What verifier/ calls: core, imgproc, imgcodecs (imencode, imwrite), videoio (Camera), features
# (ORB, BFMatcher) with flann, geometry (findHomography, estimateAffinePartial2D), video
# (findTransformECC), and the Python bindings. Not dnn: YuNet runs in onnxruntime
# (verifier/face/matcher.py). calib, stereo and objdetect only because the bindings' typing stubs
# refine calibrateCamera and fail without it (the wheel's build then stops), and calib needs
# objdetect.
OPENCV_MODULES = ",".join([
    "core", "imgproc", "imgcodecs", "videoio", "features", "flann", "geometry", "video",
    "objdetect", "calib", "stereo", "python3",
])  # fmt: skip
OPENCV_OFF = [
    "FFMPEG", "GSTREAMER", "IPP", "LAPACK", "OPENEXR", "OPENJPEG", "JASPER", "TIFF", "WEBP", "AVIF",
    "OPENCL", "ITT", "FASTCV", "OBSENSOR", "1394", "VA", "VA_INTEL", "EIGEN", "TBB", "OPENMP",
    "IMGCODEC_HDR", "IMGCODEC_SUNRASTER", "IMGCODEC_PXM", "IMGCODEC_PFM", "IMGCODEC_GIF",
]  # fmt: skip
OPENCV_CMAKE_ARGS = [
    f"-DBUILD_LIST={OPENCV_MODULES}",
    *(f"-DWITH_{name}=OFF" for name in OPENCV_OFF),
    "-DBUILD_OPENEXR=OFF",
    "-DOPENCV_DNN_OPENCL=OFF",
    "-DCV_TRACE=OFF",
]

# NumPy's Meson options: no BLAS or LAPACK library, its own fallback routines
NUMPY_OPTIONS = ["-Dblas=none", "-Dlapack=none", "-Dallow-noblas=true"]


@dataclass(frozen=True)
class Recipe:
    package: str  # the PyPI name
    options: list[str]  # what the build is given; the cached wheel is keyed on them
    env: dict[str, str] = field(default_factory=dict)
    config: list[str] = field(default_factory=list)  # pip's --config-settings
    minutes: str = ""
    in_tree: bool = False  # built in its unpacked source (kept: fetched once)

    @property
    def stem(self) -> str:
        return self.package.replace("-", "_")


RECIPES = [
    Recipe(
        "opencv-python-headless",
        OPENCV_CMAKE_ARGS,
        env={"ENABLE_HEADLESS": "1", "CMAKE_ARGS": " ".join(OPENCV_CMAKE_ARGS)},
        minutes="10-20",
        in_tree=True,
    ),
    Recipe(
        "numpy",
        NUMPY_OPTIONS,
        config=[f"-Csetup-args={option}" for option in NUMPY_OPTIONS],
        minutes="5-10",
    ),
]


def pip(*args: str, env: dict[str, str] | None = None) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", *args, "--quiet", "--disable-pip-version-check"],
        env=env, check=True,
    )  # fmt: skip


def build(recipe: Recipe, out: Path, work: Path) -> Path:
    release = version(recipe.package)  # the release the development environment tests with
    options = hashlib.sha256(" ".join(recipe.options).encode()).hexdigest()[:12]
    marker = out / f"{recipe.package}-{release}.options"
    wheels = sorted(out.glob(f"{recipe.stem}-{release}-*.whl"))
    if wheels and marker.is_file() and marker.read_text().strip() == options:
        return wheels[-1]
    for stale in out.glob(f"{recipe.stem}-*.whl"):  # this release's and any other's
        stale.unlink()
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, **recipe.env)
    env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", str(os.cpu_count() or 2))
    print(f"building {recipe.package} {release} from its PyPI source ({recipe.minutes} min on "
          "2 cores, once)", flush=True)  # fmt: skip
    start = time.monotonic()
    if recipe.in_tree:
        # the source distribution, fetched and unpacked once; built from a clean tree every time
        # (a previous build's tree is not reused: its CMake cache names the previous isolated
        # environment's NumPy headers, and the bindings' generated headers name modules left out)
        work.mkdir(parents=True, exist_ok=True)
        source = work / f"{recipe.stem}-{release}"
        if not source.is_dir():
            pip("download", "--no-deps", "--no-binary", recipe.package,
                f"{recipe.package}=={release}", "--dest", str(work))  # fmt: skip
            with tarfile.open(work / f"{source.name}.tar.gz") as archive:
                archive.extractall(work, filter="data")
        shutil.rmtree(source / "_skbuild", ignore_errors=True)
        target = str(source)
        fetch = []
    else:  # pip fetches and builds it (a Meson build cannot tell its metadata without building);
        # not from pip's cache, which may hold a build with other options
        target, fetch = f"{recipe.package}=={release}", ["--no-cache-dir"]
    pip("wheel", "--no-deps", "--no-binary", recipe.package, *fetch, *recipe.config, target,
        "--wheel-dir", str(out), env=env)  # fmt: skip
    print(f"{recipe.package} built in {time.monotonic() - start:.0f} s", flush=True)
    marker.write_text(options + "\n")
    (wheel,) = out.glob(f"{recipe.stem}-{release}-*.whl")
    return wheel


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "wheels")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "opencv")
    parser.add_argument("--only", choices=[recipe.package for recipe in RECIPES], default=None)
    args = parser.parse_args()
    for recipe in RECIPES:
        if args.only in (None, recipe.package):
            print(build(recipe, args.out, args.work))


if __name__ == "__main__":
    main()
