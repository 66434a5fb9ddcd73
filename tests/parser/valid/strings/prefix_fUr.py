fR'{x}', fR"{x}"
