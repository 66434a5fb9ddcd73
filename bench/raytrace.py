# bench-group: object
"""A small ray tracer: spheres and a plane, point lights, shadows and reflections."""

import math

from _harness import run

WIDTH = 64
HEIGHT = 64
MAX_DEPTH = 3


class Vector(object):
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect(self, normal):
        return self - normal.scale(2.0 * self.dot(normal))


class Ray(object):
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Material(object):
    def __init__(self, color, diffuse, specular, reflection):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflection = reflection


class Sphere(object):
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane(object):
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > 1e-6 else None

    def normal_at(self, point):
        return self.normal


class Scene(object):
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shade(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vector(0.2, 0.3, 0.5)
        point = ray.at(t)
        normal = obj.normal_at(point)
        m = obj.material
        color = m.color.scale(self.ambient)
        for light in self.lights:
            to_light = light - point
            distance = to_light.length()
            shadow_ray = Ray(point, to_light)
            blocker, bt = self.nearest(shadow_ray)
            if blocker is not None and bt < distance:
                continue
            lam = normal.dot(shadow_ray.direction)
            if lam > 0.0:
                color = color + m.color.scale(lam * m.diffuse)
            half = (shadow_ray.direction - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                color = color + Vector(1.0, 1.0, 1.0).scale(m.specular * spec ** 20)
        if depth < MAX_DEPTH and m.reflection > 0.0:
            reflected = Ray(point, ray.direction.reflect(normal))
            color = color + self.shade(reflected, depth + 1).scale(m.reflection)
        return color


def build_scene():
    scene = Scene()
    scene.objects.append(Sphere(Vector(0.0, 1.0, 5.0), 1.0, Material(Vector(0.9, 0.2, 0.2), 0.7, 0.5, 0.3)))
    scene.objects.append(Sphere(Vector(-2.0, 0.7, 6.0), 0.7, Material(Vector(0.2, 0.9, 0.2), 0.8, 0.3, 0.2)))
    scene.objects.append(Sphere(Vector(2.0, 0.5, 4.5), 0.5, Material(Vector(0.2, 0.2, 0.9), 0.6, 0.8, 0.5)))
    scene.objects.append(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), Material(Vector(0.8, 0.8, 0.8), 0.9, 0.0, 0.1)))
    scene.lights.append(Vector(-5.0, 8.0, -2.0))
    scene.lights.append(Vector(5.0, 5.0, 0.0))
    return scene


def render(scene):
    eye = Vector(0.0, 1.5, -2.0)
    checksum = 0
    for y in range(HEIGHT):
        for x in range(WIDTH):
            dx = (x - WIDTH / 2.0) / WIDTH
            dy = (HEIGHT / 2.0 - y) / HEIGHT
            ray = Ray(eye, Vector(dx, dy - 0.1, 1.0))
            c = scene.shade(ray, 0)
            r = min(255, int(c.x * 255))
            g = min(255, int(c.y * 255))
            b = min(255, int(c.z * 255))
            checksum = (checksum * 7 + r * 65536 + g * 256 + b) % 1000000007
    return checksum


def workload():
    return render(build_scene())


if __name__ == "__main__":
    run(workload, 36067823)
