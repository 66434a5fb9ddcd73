#!/bin/sh
# coding: nope
x = 1
