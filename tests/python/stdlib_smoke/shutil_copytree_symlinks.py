# copytree over symbolic links, dangling ones included: copied as links (their own times set
# with utime(follow_symlinks=False)), skipped when dangling links are to be ignored.
import os
import shutil
import tempfile

src = tempfile.mkdtemp()
dst = tempfile.mkdtemp()
os.symlink("IDONTEXIST", os.path.join(src, "broken"))
os.mkdir(os.path.join(src, "d"))
open(os.path.join(src, "d", "f.txt"), "w").close()
os.symlink("d/f.txt", os.path.join(src, "good"))
print(os.path.exists(os.path.join(src, "broken")), os.path.lexists(os.path.join(src, "broken")))
shutil.copytree(src, os.path.join(dst, "d1"), ignore_dangling_symlinks=True)
print(sorted(os.listdir(os.path.join(dst, "d1"))), os.path.islink(os.path.join(dst, "d1", "good")))
shutil.copytree(src, os.path.join(dst, "d3"), symlinks=True)
print(sorted(os.listdir(os.path.join(dst, "d3"))), os.readlink(os.path.join(dst, "d3", "broken")))
try:
    shutil.copytree(src, os.path.join(dst, "d4"))
except shutil.Error as e:
    print([(os.path.basename(a), os.path.basename(b)) for a, b, _ in e.args[0]])
link = os.path.join(dst, "d3", "good")
os.utime(link, (1000, 2000), follow_symlinks=False)
print(os.lstat(link).st_mtime, os.stat(link).st_mtime != 2000)
with os.scandir(src) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.is_symlink(), e.is_dir(), e.is_file())
shutil.rmtree(src)
shutil.rmtree(dst)
